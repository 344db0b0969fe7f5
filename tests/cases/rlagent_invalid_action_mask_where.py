# case: masked categorical policy that pushes illegal logits to a large negative value with ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedPolicy(nn.Cell):
    def __init__(self, obs_dim=10, n_actions=7, hidden=32, mask_value=-1e8):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.ReLU(),
                                          nn.Dense(hidden, hidden), nn.ReLU()])
        self.head = nn.Dense(hidden, n_actions)
        self.mask_value = mask_value
        self.log_softmax = nn.LogSoftmax(axis=-1)
        self.argmax = ops.Argmax(axis=-1, output_type=ms.int32)

    def _apply_mask(self, logits, action_mask):
        fill = ops.full_like(logits, self.mask_value)
        return ops.where(action_mask.astype(ms.bool_), logits, fill)

    def construct(self, obs, action_mask):
        logits = self._apply_mask(self.head(self.encoder(obs)), action_mask)
        logp = self.log_softmax(logits)
        greedy = self.argmax(logits)
        n_legal = action_mask.astype(ms.float32).sum(axis=-1)
        entropy = -(ops.exp(logp) * logp).sum(axis=-1)
        return greedy, logp, entropy / ops.log(ops.maximum(n_legal, ops.ones_like(n_legal) * 2.0))


def make():
    np.random.seed(22)
    obs = Tensor(np.random.randn(4, 10).astype(np.float32))
    mask = (np.random.rand(4, 7) > 0.4).astype(np.int32)
    mask[:, 0] = 1
    return MaskedPolicy(), (obs, Tensor(mask))
