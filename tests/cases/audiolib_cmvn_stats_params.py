# case: global CMVN layer whose mean/inverse-std are non-trainable Parameters created in a helper called from __init__, with a norm_vars flag and an Optional lengths mask -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CMVNConfig:
    def __init__(self, n_mels=40, norm_means=True, norm_vars=True, eps=1e-20):
        self.n_mels = n_mels
        self.norm_means = norm_means
        self.norm_vars = norm_vars
        self.eps = eps


class GlobalCMVN(nn.Cell):
    def __init__(self, config, mean=None, std=None):
        super().__init__()
        self.norm_means = config.norm_means
        self.norm_vars = config.norm_vars
        self._register_stats(config.n_mels, mean, std, config.eps)

    def _register_stats(self, dim, mean, std, eps):
        mean = np.zeros(dim, np.float32) if mean is None else mean.astype(np.float32)
        std = np.ones(dim, np.float32) if std is None else std.astype(np.float32)
        self.mean = Parameter(Tensor(mean), name="cmvn_mean", requires_grad=False)
        self.istd = Parameter(Tensor(1.0 / np.maximum(std, eps)), name="cmvn_istd", requires_grad=False)

    def construct(self, feats, lengths=None):
        if self.norm_means:
            feats = feats - self.mean
        if self.norm_vars:
            feats = feats * self.istd
        if lengths is not None:
            valid = ops.arange(feats.shape[1]).reshape(1, -1, 1) < lengths.reshape(-1, 1, 1)
            feats = ops.where(valid, feats, ops.zeros_like(feats))
        return feats


def make():
    np.random.seed(3309)
    stats_mean = np.random.randn(40)
    stats_std = np.abs(np.random.randn(40)) + 0.5
    net = GlobalCMVN(CMVNConfig(), stats_mean, stats_std)
    feats = Tensor(np.random.randn(2, 25, 40).astype(np.float32))
    lengths = Tensor(np.array([25, 17], dtype=np.int32))
    return net, (feats, lengths)
