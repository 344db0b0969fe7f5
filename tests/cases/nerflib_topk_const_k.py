# case: proposal sampler keeps top-k coarse samples per ray with k fixed by the config (n_keep) rather than by the weights -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProposalConfig:
    n_coarse = 24
    n_keep = 6
    weight_thresh = 0.05
    renormalize = True


class TopKProposal(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_keep = getattr(config, "n_keep", 4)
        self.weight_thresh = config.weight_thresh
        self.renormalize = config.renormalize

    def construct(self, z_vals, weights):
        n_above = (weights > self.weight_thresh).astype(ms.int32).sum(axis=-1)
        top_w, top_idx = ops.topk(weights, self.n_keep)
        z_keep = ops.sort(ops.gather_elements(z_vals, 1, top_idx), axis=-1)[0]
        if self.renormalize:
            top_w = top_w / (top_w.sum(axis=-1, keepdims=True) + 1e-6)
        return z_keep, top_w, n_above


def make():
    np.random.seed(114)
    n = ProposalConfig.n_coarse
    z = np.tile(np.linspace(2, 6, n, dtype=np.float32), (10, 1))
    w = np.random.dirichlet(np.ones(n), size=10).astype(np.float32)
    return TopKProposal(ProposalConfig()), (Tensor(z), Tensor(w))
