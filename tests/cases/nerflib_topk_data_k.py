# case: proposal sampler keeps the top-k coarse samples where k is the largest per-ray count of weights above threshold -> topk with k from data, error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProposalConfig:
    n_coarse = 16
    weight_thresh = 0.05
    adaptive_k = True
    min_k = 2


class ProposalSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.weight_thresh = config.weight_thresh
        self.adaptive_k = config.adaptive_k
        self.min_k = config.min_k

    def _num_keep(self, weights):
        if self.adaptive_k:
            counts = (weights > self.weight_thresh).astype(ms.int32).sum(axis=-1)
            return int(counts.max())
        return self.min_k

    def construct(self, z_vals, weights):
        k = self._num_keep(weights)
        top_w, top_idx = ops.topk(weights, k)
        z_keep = ops.gather_elements(z_vals, 1, top_idx)
        z_keep = ops.sort(z_keep, axis=-1)[0]
        return z_keep, top_w / (top_w.sum(axis=-1, keepdims=True) + 1e-6)


def make():
    np.random.seed(17)
    z = np.tile(np.linspace(2, 6, ProposalConfig.n_coarse, dtype=np.float32), (12, 1))
    w = np.random.dirichlet(np.ones(ProposalConfig.n_coarse), size=12).astype(np.float32)
    return ProposalSampler(ProposalConfig()), (Tensor(z), Tensor(w))
