# case: winner-take-all readout that keeps as many winners as output spikes observed (k from data) -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveWTA(nn.Cell):
    def __init__(self, in_dim=8, n_out=6, threshold=0.8, max_winners=4):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_out)
        self.threshold = threshold
        self.max_winners = max_winners

    def _num_winners(self, spikes):
        n = int(spikes.sum())
        return max(1, min(n, self.max_winners))

    def construct(self, x):
        potential = self.fc(x)
        spikes = (potential > self.threshold).astype(ms.float32)
        k = self._num_winners(spikes)
        values, idx = ops.topk(potential.reshape(-1), k)
        mask = ops.zeros(potential.size, ms.float32)
        mask = ops.tensor_scatter_update(mask, idx.reshape(-1, 1), ops.ones_like(values))
        return potential * mask.reshape(potential.shape)


def make():
    np.random.seed(32)
    x = Tensor(np.random.rand(1, 8).astype(np.float32))
    return AdaptiveWTA(), (x,)
