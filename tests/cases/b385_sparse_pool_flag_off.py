# case: behaviour-sequence sum pooling with an optional CSRTensor fast path controlled by `use_sparse_pooling`, which the config leaves off, so the dense masked-sum path runs -> sparse branch never taken, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolingConfig:
    def __init__(self, emb_dim=8, max_len=6, use_sparse_pooling=False, normalize=True):
        self.emb_dim = emb_dim
        self.max_len = max_len
        self.use_sparse_pooling = use_sparse_pooling
        self.normalize = normalize


class BehaviourSumPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_sparse_pooling = config.use_sparse_pooling
        self.normalize = config.normalize
        self.max_len = config.max_len

    def _sparse_pool(self, hist, mask):
        b = hist.shape[0]
        indptr = ops.cumsum(ops.concat((ops.zeros((1,), ms.int32), mask.sum(1).astype(ms.int32))), 0)
        cols = ops.nonzero(mask)[:, 1].astype(ms.int32)
        sp = ms.CSRTensor(indptr, cols, ops.ones(cols.shape, ms.float32), (b, self.max_len))
        return sp.mv(hist)

    def construct(self, hist, mask):
        if self.use_sparse_pooling:
            pooled = self._sparse_pool(hist, mask)
        else:
            pooled = (hist * mask.expand_dims(-1)).sum(axis=1)
        if self.normalize:
            pooled = pooled / ops.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        return pooled


def make():
    np.random.seed(3857)
    cfg = PoolingConfig()
    lengths = np.array([2, 6, 4])
    mask = (np.arange(cfg.max_len)[None, :] < lengths[:, None]).astype(np.float32)
    hist = Tensor(np.random.randn(3, cfg.max_len, cfg.emb_dim).astype(np.float32))
    return BehaviourSumPooling(cfg), (hist, Tensor(mask))
