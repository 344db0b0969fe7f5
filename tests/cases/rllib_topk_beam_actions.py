# case: planning policy keeps the top-k action proposals, k = min(config.beam_width, number of actions read from the logits shape) -> k is a Python int from config and shape, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass

NEG_INF = -1e9


@dataclass
class BeamPolicyConfig:
    obs_dim: int = 16
    hidden_size: int = 32
    num_actions: int = 6
    beam_width: int = 8
    renormalize: bool = True


class BeamPolicy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.beam_width = config.beam_width
        self.renormalize = config.renormalize
        self.body = nn.SequentialCell([nn.Dense(config.obs_dim, config.hidden_size), nn.ReLU(),
                                       nn.Dense(config.hidden_size, config.num_actions)])

    def _beam(self, logits, action_mask):
        masked = ops.where(action_mask, logits, ops.full_like(logits, NEG_INF))
        k = min(self.beam_width, logits.shape[-1])
        return ops.topk(masked, k)

    def construct(self, obs, action_mask):
        logits = self.body(obs)
        scores, actions = self._beam(logits, action_mask)
        if self.renormalize:
            scores = ops.softmax(scores, -1)
        return scores, actions


def make():
    np.random.seed(83)
    cfg = BeamPolicyConfig()
    obs = Tensor(np.random.randn(4, cfg.obs_dim).astype(np.float32))
    mask = np.random.rand(4, cfg.num_actions) > 0.3
    mask[:, 0] = True
    return BeamPolicy(cfg), (obs, Tensor(mask))
