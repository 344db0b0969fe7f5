# case: DeepHit-style softmax PMF head with censor-aware likelihood and CDF ranking loss over comparable pairs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeepHitLoss(nn.Cell):
    def __init__(self, in_dim=6, num_bins=5, alpha=0.5, sigma=0.1):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, 16), nn.ReLU(), nn.Dense(16, num_bins)])
        self.num_bins = num_bins
        self.alpha = alpha
        self.sigma = sigma

    def construct(self, x, bin_idx, events):
        pmf = ops.softmax(self.net(x), axis=-1)
        cdf = ops.cumsum(pmf, 1)
        onehot = ops.one_hot(bin_idx, self.num_bins, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        p_event = (pmf * onehot).sum(axis=1)
        surv_at = 1.0 - (cdf * onehot).sum(axis=1) + p_event
        nll = -(events * ops.log(p_event + 1e-7) + (1 - events) * ops.log(surv_at + 1e-7)).mean()
        f_own = (cdf * onehot).sum(axis=1)
        f_cross = ops.matmul(cdf, onehot.T)
        pairs = (bin_idx.expand_dims(1) < bin_idx.expand_dims(0)).astype(ms.float32) * events.expand_dims(1)
        rank = (pairs * ops.exp(-(f_own.expand_dims(1) - f_cross) / self.sigma)).sum() / ops.clamp(pairs.sum(), min=1.0)
        return self.alpha * nll + (1 - self.alpha) * rank


def make():
    np.random.seed(34)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    bin_idx = Tensor(np.random.randint(0, 5, 8).astype(np.int32))
    events = Tensor((np.random.rand(8) > 0.4).astype(np.float32))
    return DeepHitLoss(), (x, bin_idx, events)
