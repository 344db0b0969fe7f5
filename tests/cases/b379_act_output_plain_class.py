# case: ACT policy forward returns a small ACTOutput object (plain Python class) when config.return_dict is True, which is the default -> a plain class instance created and returned in construct, expect Graph mode to refuse it (or only LAX to accept)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ACTConfig:
    def __init__(self, state_dim=14, hidden=32, chunk_size=8, action_dim=14, return_dict=True):
        self.state_dim = state_dim
        self.hidden = hidden
        self.chunk_size = chunk_size
        self.action_dim = action_dim
        self.return_dict = return_dict


class ACTOutput:
    def __init__(self, actions, latent=None):
        self.actions = actions
        self.latent = latent


class ACTDecoderLite(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.chunk_size = config.chunk_size
        self.action_dim = config.action_dim
        self.encoder = nn.Dense(config.state_dim, config.hidden)
        self.query = nn.Dense(config.hidden, config.chunk_size * config.action_dim)

    def construct(self, state, return_dict=None):
        return_dict = self.return_dict if return_dict is None else return_dict
        latent = ops.relu(self.encoder(state))
        actions = self.query(latent).view(-1, self.chunk_size, self.action_dim)
        if not return_dict:
            return (actions, latent)
        return ACTOutput(actions, latent)


def make():
    np.random.seed(16)
    cfg = ACTConfig()
    return ACTDecoderLite(cfg), (Tensor(np.random.randn(2, cfg.state_dim).astype(np.float32)),)
