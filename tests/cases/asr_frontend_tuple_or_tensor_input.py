# case: encoder front end accepting either a features tensor or a (features, lengths) tuple via isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlobalCMVN(nn.Cell):
    def __init__(self, mean, istd):
        super().__init__()
        self.mean = Tensor(mean)
        self.istd = Tensor(istd)

    def construct(self, x):
        return (x - self.mean) * self.istd


class FrontEnd(nn.Cell):
    def __init__(self, feat_dim=20, dim=16, use_cmvn=True):
        super().__init__()
        rng = np.random.RandomState(1)
        self.cmvn = GlobalCMVN(rng.randn(feat_dim).astype(np.float32),
                               (1.0 / (1.0 + rng.rand(feat_dim))).astype(np.float32)) if use_cmvn else None
        self.proj = nn.Dense(feat_dim, dim)

    def construct(self, batch):
        if isinstance(batch, (tuple, list)):
            feats, lengths = batch[0], batch[1]
        else:
            feats = batch
            lengths = ops.full((feats.shape[0],), feats.shape[1], dtype=ms.int32)
        if self.cmvn is not None:
            feats = self.cmvn(feats)
        mask = ops.arange(feats.shape[1]).expand_dims(0) < lengths.expand_dims(1)
        out = self.proj(feats) * mask.expand_dims(-1).astype(feats.dtype)
        return out, lengths


def make():
    np.random.seed(35)
    feats = Tensor(np.random.randn(2, 10, 20).astype(np.float32))
    lens = Tensor(np.array([10, 7], dtype=np.int32))
    return FrontEnd(), ((feats, lens),)
