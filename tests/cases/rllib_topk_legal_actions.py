# case: discrete policy proposes its top-k legal actions, k counted from the action mask of the first env -> topk with a data-dependent k should fail (or go dynamic) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass

NEG_INF = -1e9


@dataclass
class PolicyConfig:
    obs_dim: int = 16
    hidden_size: int = 32
    num_actions: int = 6
    temperature: float = 1.0
    use_layer_norm: bool = False


class CandidateMixin:
    def _legal_candidates(self, logits, action_mask):
        masked = ops.where(action_mask, logits, ops.full_like(logits, NEG_INF))
        num_legal = int(action_mask[0].astype(ms.int32).sum())
        return ops.topk(masked, num_legal)


class DiscretePolicy(nn.Cell, CandidateMixin):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        self.body = nn.SequentialCell([nn.Dense(config.obs_dim, config.hidden_size), nn.Tanh()])
        self.norm = nn.LayerNorm((config.hidden_size,)) if config.use_layer_norm else None
        self.head = nn.Dense(config.hidden_size, config.num_actions)

    def construct(self, obs, action_mask):
        h = self.body(obs)
        if self.norm is not None:
            h = self.norm(h)
        logits = self.head(h) / self.temperature
        values, indices = self._legal_candidates(logits, action_mask)
        return values, indices


def make():
    np.random.seed(3)
    cfg = PolicyConfig()
    obs = Tensor(np.random.randn(4, cfg.obs_dim).astype(np.float32))
    mask = np.random.rand(4, cfg.num_actions) > 0.4
    mask[:, 0] = True
    mask[0, :3] = True
    return DiscretePolicy(cfg), (obs, Tensor(mask))
