# case: supervised contrastive loss over two views with positive mask from label equality and diagonal removed by an eye mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SupConTwoView(nn.Cell):
    def __init__(self, temperature=0.07, contrast_mode="all", eps=1e-6):
        super().__init__()
        self.t = temperature
        self.contrast_mode = contrast_mode
        self.eps = eps

    def _masks(self, labels, n_views):
        lab = ops.tile(labels, (n_views,))
        n = lab.shape[0]
        pos = (lab.view(-1, 1) == lab.view(1, -1)).astype(ms.float32)
        not_self = 1.0 - ops.eye(n, n, ms.float32)
        return pos * not_self, not_self

    def construct(self, features, labels):
        # features: [batch, views, dim]
        n_views = features.shape[1]
        feats = ops.concat(ops.unbind(features, dim=1), axis=0)
        feats = feats / ops.norm(feats, dim=1, keepdim=True)
        logits = ops.matmul(feats, feats.T) / self.t
        logits = logits - ops.stop_gradient(logits.max(axis=1, keepdims=True))
        pos, not_self = self._masks(labels, n_views)
        exp_logits = ops.exp(logits) * not_self
        log_prob = logits - ops.log(exp_logits.sum(axis=1, keepdims=True))
        denom = ops.maximum(pos.sum(axis=1), Tensor(self.eps, ms.float32))
        return -((pos * log_prob).sum(axis=1) / denom).mean()


def make():
    np.random.seed(30)
    f = Tensor(np.random.randn(4, 2, 6).astype(np.float32))
    y = Tensor(np.array([0, 1, 0, 2], np.int32))
    return SupConTwoView(), (f, y)
