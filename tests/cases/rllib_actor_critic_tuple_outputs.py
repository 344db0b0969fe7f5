# case: actor-critic has a return_dict path building a plain output object, but config.return_dict defaults to False and is never changed, so the tuple path is taken -> the output-class branch is never reached; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActorCriticConfig:
    def __init__(self, obs_dim=12, hidden_size=64, num_actions=4, return_dict=False, output_hidden_states=True):
        self.obs_dim = obs_dim
        self.hidden_size = hidden_size
        self.num_actions = num_actions
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class ActorCriticOutput:
    def __init__(self, logits, value, hidden_states=None):
        self.logits = logits
        self.value = value
        self.hidden_states = hidden_states


class ActorCritic(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_hidden_states = config.output_hidden_states
        self.trunk = nn.SequentialCell([nn.Dense(config.obs_dim, config.hidden_size), nn.Tanh()])
        self.pi = nn.Dense(config.hidden_size, config.num_actions)
        self.vf = nn.Dense(config.hidden_size, 1)

    def construct(self, obs):
        h = self.trunk(obs)
        logits, value = self.pi(h), self.vf(h).squeeze(-1)
        if self.return_dict:
            return ActorCriticOutput(logits, value, h if self.output_hidden_states else None)
        outputs = (logits, value)
        return outputs + (h,) if self.output_hidden_states else outputs


def make():
    np.random.seed(107)
    cfg = ActorCriticConfig()
    obs = Tensor(np.random.randn(6, cfg.obs_dim).astype(np.float32))
    return ActorCritic(cfg), (obs,)
