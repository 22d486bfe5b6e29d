"""``--agent NAME``: the examinee kinds the CLI can make."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from .base import Agent

AGENT_NAMES = ("oracle", "null", "human", "command", "llm", "http", "mcp")


@dataclass
class AgentOptions:
    agent_cmd: str | None = None
    agent_env: dict[str, str] = field(default_factory=dict)  # --agent-env NAME=value (command agents only)
    model: str | None = None
    api_base: str | None = None
    api_key: str | None = None
    agent_url: str | None = None
    max_steps: int = 60
    max_tokens: int = 2_000_000
    max_cost_usd: float = 5.0
    browser: bool = True
    mcp_listen: str | None = None  # --agent mcp: HOST:PORT of its MCP server
    mcp_idle_timeout: float | None = None  # --agent mcp: seconds without a request that end the examinee
    no_tool_call: str = "nudge"  # llm/http: what to do when the model answers without a tool call
    solution: str | None = None  # --agent oracle: which solution file to run (default solve.sh|py)


def make_agent(name: str, options: AgentOptions) -> Agent:
    """The agent called ``name``; InputError for an unknown name or missing options."""
    if options.agent_env and name != "command":
        raise InputError("--agent-env is only for --agent command")
    if options.solution and name != "oracle":
        raise InputError("--solution is only for --agent oracle")
    if name == "null":
        from .simple import NullAgent

        return NullAgent()
    if name == "oracle":
        from .simple import OracleAgent

        return OracleAgent(options.solution)
    if name == "command":
        if not options.agent_cmd:
            raise InputError("--agent command needs --agent-cmd 'COMMAND'")
        from .command import CommandAgent

        return CommandAgent(options.agent_cmd, options.agent_env)
    if name == "human":
        from .human import HumanAgent

        return HumanAgent()
    if name == "mcp":
        from .mcp_server import DEFAULT_IDLE_TIMEOUT_S, DEFAULT_LISTEN, MCPAgent

        return MCPAgent(options.mcp_listen or DEFAULT_LISTEN, options.mcp_idle_timeout or DEFAULT_IDLE_TIMEOUT_S,
                        browser=options.browser)
    if name in ("llm", "http"):
        from .llm import LLMAgent, LLMSettings

        if name == "llm" and not options.model:
            raise InputError("--agent llm needs --model PROVIDER/NAME (for example openai/gpt-4o)")
        if name == "http" and not options.agent_url:
            raise InputError("--agent http needs --agent-url URL (an OpenAI-compatible chat endpoint)")
        settings = LLMSettings(
            model=str(options.model) if name == "llm" else f"openai/{options.model or 'agent'}",
            api_base=options.api_base if name == "llm" else options.agent_url,
            # local OpenAI-compatible servers need no key, but the client insists on one
            api_key=options.api_key or ("none" if name == "http" or options.api_base else None),
            max_steps=options.max_steps, max_tokens=options.max_tokens, max_cost_usd=options.max_cost_usd,
            browser=options.browser, no_tool_call="answer" if options.no_tool_call == "answer" else "nudge",
        )
        return LLMAgent(settings, kind=name)
    raise InputError(f"unknown agent {name!r} (choose from {', '.join(AGENT_NAMES)})")
