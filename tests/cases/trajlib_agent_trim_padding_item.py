# case: agent encoder trims padded agents to the valid count read from the padding mask via .item() in a helper -> dynamic slice length from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgentEncoderConfig:
    def __init__(self, hidden_size=32, history_steps=10, state_dim=4, trim_padding=True):
        self.hidden_size = hidden_size
        self.history_steps = history_steps
        self.state_dim = state_dim
        self.trim_padding = trim_padding


class AgentEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_padding = config.trim_padding
        self.input_proj = nn.Dense(config.history_steps * config.state_dim, config.hidden_size)
        self.act = nn.ReLU()
        self.out_proj = nn.Dense(config.hidden_size, config.hidden_size)

    def _trim(self, feats, agent_mask):
        num_valid = agent_mask.astype(ms.int32).sum().item()
        return feats[:num_valid]

    def construct(self, agent_history, agent_mask):
        num_agents = agent_history.shape[0]
        flat = agent_history.reshape(num_agents, -1)
        if self.trim_padding:
            flat = self._trim(flat, agent_mask)
        h = self.act(self.input_proj(flat))
        return self.out_proj(h).max(axis=0)


def make():
    np.random.seed(1)
    cfg = AgentEncoderConfig()
    hist = Tensor(np.random.randn(8, 10, 4).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 0, 0, 0], dtype=np.bool_))
    return AgentEncoder(cfg), (hist, mask)
