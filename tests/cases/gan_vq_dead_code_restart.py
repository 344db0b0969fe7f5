# case: VQ codebook dead-code restart that gathers unused code rows with masked_select and refills them from encoder outputs -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RestartingCodebook(nn.Cell):
    def __init__(self, num_codes=8, dim=4, restart_threshold=1.0, restart=True):
        super().__init__()
        w = np.random.RandomState(1).randn(num_codes, dim).astype(np.float32)
        self.codes = Parameter(Tensor(w), name="codes")
        self.num_codes = num_codes
        self.restart_threshold = restart_threshold
        self.restart = restart

    def assign(self, flat):
        d = ops.cdist(flat.expand_dims(0), self.codes.expand_dims(0)).squeeze(0)
        return ops.argmin(d, axis=1)

    def usage_counts(self, idx):
        onehot = ops.one_hot(idx, self.num_codes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot.sum(axis=0)

    def construct(self, flat):
        idx = self.assign(flat)
        counts = self.usage_counts(idx)
        if self.restart:
            dead = counts < self.restart_threshold
            dead_ids = ops.masked_select(ops.arange(self.num_codes), dead)
            n_dead = dead_ids.shape[0]
            replacement = flat[:n_dead] if n_dead > 0 else flat[:1]
            return ops.gather(self.codes, idx, 0), replacement, dead_ids
        return ops.gather(self.codes, idx, 0), counts, idx


def make():
    np.random.seed(0)
    flat = Tensor(np.random.randn(10, 4).astype(np.float32))
    return RestartingCodebook(), (flat,)
