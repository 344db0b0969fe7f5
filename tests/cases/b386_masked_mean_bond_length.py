# case: structure descriptor computes per-atom mean bond length inside the cutoff by multiplying with a 0/1 mask and dividing by the masked count (no boolean indexing), debug print flag left off -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DescriptorConfig:
    def __init__(self, cutoff=3.2, debug=False, eps=1e-8):
        self.cutoff = cutoff
        self.debug = debug
        self.eps = eps


def bonds_in_cutoff(dist, cutoff):
    mask = dist < cutoff
    return dist * mask.astype(dist.dtype), mask.astype(dist.dtype).sum(-1)


class BondLengthDescriptor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff
        self.debug = config.debug
        self.eps = config.eps

    def construct(self, dist):
        bonded, cn = bonds_in_cutoff(dist, self.cutoff)
        mean_len = bonded.sum(-1) / (cn + self.eps)
        if self.debug:
            print("coordination numbers:", cn.asnumpy())
        var = ((bonded - mean_len[:, None]) ** 2 * (bonded > 0).astype(dist.dtype)).sum(-1) / (cn + self.eps)
        return ops.stack([mean_len, ops.sqrt(var), cn], -1)


def make():
    np.random.seed(34)
    dist = Tensor(np.random.uniform(1.6, 5.0, size=(10, 14)).astype(np.float32))
    return BondLengthDescriptor(DescriptorConfig()), (dist,)
