# case: GlobalCMVN whose mean/istd Parameters are registered in a helper from config statistics, with norm_var flag and padding frames zeroed through a length mask -> masked by multiplication, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CMVNStats:
    def __init__(self, dim=20, norm_var=True, seed=0):
        rng = np.random.RandomState(seed)
        self.mean = rng.randn(dim).astype(np.float32)
        self.istd = (1.0 / (0.5 + rng.rand(dim))).astype(np.float32)
        self.norm_var = norm_var


class GlobalCMVN(nn.Cell):
    def __init__(self, stats, zero_padding=True):
        super().__init__()
        self.norm_var = stats.norm_var
        self.zero_padding = zero_padding
        self._register_stats(stats.mean, stats.istd)

    def _register_stats(self, mean, istd):
        self.mean = Parameter(Tensor(mean), name="cmvn_mean", requires_grad=False)
        self.istd = Parameter(Tensor(istd), name="cmvn_istd", requires_grad=False)

    def construct(self, x, x_lens=None):
        x = x - self.mean
        if self.norm_var:
            x = x * self.istd
        if self.zero_padding and x_lens is not None:
            keep = ops.arange(x.shape[1]).expand_dims(0) < x_lens.expand_dims(1)
            x = x * keep.expand_dims(-1).astype(x.dtype)
        return x


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(3, 22, 20).astype(np.float32))
    x_lens = Tensor(np.array([22, 9, 17], dtype=np.int32))
    return GlobalCMVN(CMVNStats(seed=38)), (x, x_lens)
