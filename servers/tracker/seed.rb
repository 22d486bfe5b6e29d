# Seed Redmine with the company: run at image build with
#   SEED_JSON=/opt/tracker/seed.json bin/rails runner seed.rb
# seed.json is written by seed_export.py from servers/company. Redmine's default data
# (trackers Bug/Feature/Support, statuses, priorities, roles Manager/Developer/Reporter and
# their workflows) is already loaded by the Debian package; this adds the settings, people,
# projects, memberships, versions, issues with their comments, and wiki pages.
require 'json'
require 'securerandom'
require 'time'

data = JSON.parse(File.read(ENV.fetch('SEED_JSON')))
company = data.fetch('company')

def find!(klass, name)
  klass.find_by(name: name) || abort("seed: no #{klass.name} named #{name.inspect}")
end

def save!(record, what)
  return if record.save

  abort("seed: #{what}: #{record.errors.full_messages.join('; ')}")
end

MODULES = %w[issue_tracking time_tracking wiki calendar gantt].freeze

Mailer.with_deliveries(false) do
  ActiveRecord::Base.transaction do
    # --- settings ----------------------------------------------------------------------------
    Setting.app_title = "#{company['name']} Tracker"
    Setting.welcome_text = "Issue tracker and wiki of #{company['name']}. Sign in with your company account."
    Setting.host_name = "#{company['domain']}:3000"
    Setting.protocol = 'http'
    Setting.mail_from = "tracker@#{company['domain']}"
    Setting.rest_api_enabled = '1'
    # a new issue gets no start date unless given one: the real today would be off the company's calendar
    # (and Redmine refuses a due date before it), so tasks would break as the real calendar moves on
    Setting.default_issue_start_date_to_creation_date = '0'
    Setting.login_required = '1'
    Setting.self_registration = '0'
    Setting.lost_password = '0'
    Setting.text_formatting = 'common_mark'
    Setting.default_language = 'en'
    Setting.force_default_language_for_anonymous = '1'
    Setting.force_default_language_for_loggedin = '1'
    Setting.notified_events = []
    Setting.default_notification_option = 'none'
    Setting.default_projects_public = '0'
    Setting.default_projects_modules = MODULES
    Setting.default_projects_tracker_ids = Tracker.sorted.map { |t| t.id.to_s }
    Setting.issue_list_default_columns = %w[project tracker status priority subject assigned_to
                                            fixed_version due_date updated_on]
    Setting.gravatar_enabled = '0'
    Setting.default_users_time_zone = 'Central Time (US & Canada)'
    Setting.default_users_hide_mail = '0' # colleagues see each other's email address

    # Debian's default admin/admin: locked with an unknown password (the company's admins are people)
    if (builtin = User.find_by_login('admin'))
      builtin.password = builtin.password_confirmation = SecureRandom.hex(24)
      builtin.must_change_passwd = false
      builtin.status = User::STATUS_LOCKED if data['users'].any? { |u| u['admin'] }
      save!(builtin, 'builtin admin')
    end

    # --- people ------------------------------------------------------------------------------
    users = {}
    data.fetch('users').each do |u|
      user = User.new(firstname: u['firstname'], lastname: u['lastname'], mail: u['mail'], language: 'en')
      user.login = u['login']
      user.password = user.password_confirmation = u['password']
      user.admin = u['admin']
      user.status = User::STATUS_ACTIVE
      user.must_change_passwd = false
      user.mail_notification = 'none'
      user.pref.time_zone = u['time_zone']
      user.pref.hide_mail = false
      save!(user, "user #{u['login']}")
      save!(user.pref, "preferences of #{u['login']}")
      user.update_column(:created_on, Time.iso8601("#{u['started']}T09:00:00-06:00")) if u['started']
      users[u['login']] = user
    end
    person = ->(login) { users.fetch(login) { abort("seed: unknown person #{login.inspect}") } }

    roles = Role.givable.index_by(&:name)
    trackers = Tracker.all.index_by(&:name)
    statuses = IssueStatus.all.index_by(&:name)
    priorities = IssuePriority.all.index_by(&:name)

    # --- projects ----------------------------------------------------------------------------
    data.fetch('projects').each do |p|
      project = Project.new(name: p['name'], identifier: p['identifier'], description: p['description'],
                            is_public: false)
      project.enabled_module_names = MODULES
      project.trackers = Tracker.sorted.to_a
      save!(project, "project #{p['identifier']}")

      p['members'].each do |login, role|
        member = Member.new(project: project, principal: person.call(login))
        member.role_ids = [roles.fetch(role).id]
        save!(member, "member #{login} of #{p['identifier']}")
      end

      versions = {}
      p['versions'].each do |v|
        # created open so issues can be assigned; the real status is set after the issues
        version = Version.new(project: project, name: v['name'], status: 'open', sharing: 'none',
                              effective_date: v['due_date'])
        save!(version, "version #{v['name']} of #{p['identifier']}")
        versions[v['name']] = version
      end

      project.reload
      p['issues'].each do |i|
        where = "issue #{i['subject'].inspect} in #{p['identifier']}"
        issue = Issue.new
        issue.project = project
        issue.tracker = trackers.fetch(i['tracker']) { abort("seed: #{where}: unknown tracker") }
        issue.subject = i['subject']
        issue.description = i['description']
        issue.author = person.call(i['author'])
        issue.assigned_to = i['assignee'] && person.call(i['assignee'])
        issue.status = statuses.fetch(i['status']) { abort("seed: #{where}: unknown status") }
        issue.priority = priorities.fetch(i['priority']) { abort("seed: #{where}: unknown priority") }
        issue.start_date = i['start_date']
        issue.due_date = i['due_date']
        issue.estimated_hours = i['estimated_hours']
        issue.done_ratio = i['done_ratio']
        issue.fixed_version = i['version'] && versions.fetch(i['version'])
        save!(issue, where)

        times = i['comments'].map { |c| Time.iso8601(c['at']) }
        created = if i['start_date'] then Time.iso8601("#{i['start_date']}T09:00:00-06:00")
                  elsif times.any? then times.min - 3600
                  end
        created = [created, times.min - 3600].min if created && times.any?
        i['comments'].zip(times).each do |c, at|
          journal = Journal.new(journalized: issue, user: person.call(c['user']), notes: c['text'])
          save!(journal, "comment on #{where}")
          journal.update_column(:created_on, at)
        end
        stamps = {}
        if created
          updated = times.max || created
          stamps = { created_on: created, updated_on: updated }
          stamps[:closed_on] = updated if issue.closed?
        end
        issue.update_columns(stamps) if stamps.any?
      end

      p['versions'].each do |v|
        versions[v['name']].update_column(:status, v['status']) unless v['status'] == 'open'
      end

      # --- wiki --------------------------------------------------------------------------------
      next if p['wiki'].empty?

      wiki = project.wiki || Wiki.new(project: project)
      wiki.start_page = Wiki.titleize(p['wiki'].first['title'])
      save!(wiki, "wiki of #{p['identifier']}")
      p['wiki'].each do |w|
        page = WikiPage.new(wiki: wiki, title: Wiki.titleize(w['title']))
        page.content = WikiContent.new(page: page, text: w['text'], author: person.call(w['author']),
                                       comments: 'Imported')
        save!(page, "wiki page #{w['title']} of #{p['identifier']}")
      end
    end
  end
end

puts "seed: #{User.where(type: 'User').active.count} active users, #{Project.count} projects, " \
     "#{Issue.count} issues, #{Journal.count} comments, #{WikiPage.count} wiki pages"
