# case: per-utterance CMVN computes mean/std only over valid frames selected by boolean-mask indexing feats[i][valid_i] inside a loop over the batch -> boolean indexing gives a data-dependent length, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CMVNConfig:
    norm_means = True
    norm_vars = True
    eps = 1e-5


class UtteranceMVN(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else CMVNConfig()
        self.norm_means = config.norm_means
        self.norm_vars = config.norm_vars
        self.eps = config.eps

    def _stats(self, feat, valid):
        frames = feat[valid]                                   # (n_valid, F)
        mean = frames.mean(axis=0)
        std = ops.sqrt(((frames - mean) ** 2).mean(axis=0) + self.eps)
        return mean, std

    def construct(self, feats, feat_lens):
        t = feats.shape[1]
        valid = ops.arange(t).expand_dims(0) < feat_lens.expand_dims(1)
        outs = []
        for i in range(feats.shape[0]):
            mean, std = self._stats(feats[i], valid[i])
            y = feats[i]
            if self.norm_means:
                y = y - mean
            if self.norm_vars:
                y = y / std
            outs.append(y * valid[i].expand_dims(-1).astype(y.dtype))
        return ops.stack(outs), feat_lens


def make():
    np.random.seed(37)
    feats = Tensor((np.random.randn(2, 25, 20) * 3 + 1).astype(np.float32))
    feat_lens = Tensor(np.array([25, 14], dtype=np.int32))
    return UtteranceMVN(), (feats, feat_lens)
