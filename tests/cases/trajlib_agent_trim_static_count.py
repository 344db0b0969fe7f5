# case: agent encoder trims padded agents to a max-agents constant from config and applies the mask by multiplication -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_AGENTS = 6


class AgentEncoderConfig:
    def __init__(self, hidden_size=32, history_steps=10, state_dim=4, max_agents=MAX_AGENTS):
        self.hidden_size = hidden_size
        self.history_steps = history_steps
        self.state_dim = state_dim
        self.max_agents = max_agents


class AgentEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_agents = getattr(config, "max_agents", None)
        self.input_proj = nn.Dense(config.history_steps * config.state_dim, config.hidden_size)
        self.act = nn.ReLU()

    def _trim(self, feats, agent_mask):
        if self.max_agents is not None and feats.shape[0] > self.max_agents:
            feats = feats[: self.max_agents]
            agent_mask = agent_mask[: self.max_agents]
        return feats, agent_mask

    def construct(self, agent_history, agent_mask):
        num_agents = agent_history.shape[0]
        flat = agent_history.reshape(num_agents, -1)
        flat, agent_mask = self._trim(flat, agent_mask)
        h = self.act(self.input_proj(flat))
        h = h * agent_mask.astype(h.dtype).expand_dims(-1)
        return h.max(axis=0)


def make():
    np.random.seed(2)
    cfg = AgentEncoderConfig()
    hist = Tensor(np.random.randn(8, 10, 4).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 0, 0, 0], dtype=np.bool_))
    return AgentEncoder(cfg), (hist, mask)
