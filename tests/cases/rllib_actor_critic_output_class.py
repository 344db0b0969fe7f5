# case: shared-trunk actor-critic returns a plain ActorCriticOutput object when config.return_dict is on (the default) -> returning a plain Python class instance from construct should be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class ActorCriticConfig:
    def __init__(self, obs_dim=12, hidden_size=64, num_actions=4, return_dict=True, output_hidden_states=False):
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

    def construct(self, obs, return_dict: Optional[bool] = None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        h = self.trunk(obs)
        logits, value = self.pi(h), self.vf(h).squeeze(-1)
        if not return_dict:
            out = (logits, value)
            return out + (h,) if self.output_hidden_states else out
        return ActorCriticOutput(logits=logits, value=value,
                                 hidden_states=h if self.output_hidden_states else None)


def make():
    np.random.seed(31)
    cfg = ActorCriticConfig()
    obs = Tensor(np.random.randn(6, cfg.obs_dim).astype(np.float32))
    return ActorCritic(cfg), (obs,)
