# case: re-id matching assigns each detection the best gallery track id, then counts distinct matched identities with unique -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbeddingHead(nn.Cell):
    def __init__(self, in_dim=16, out_dim=8):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)

    def construct(self, x):
        e = self.fc(x)
        return e / ops.norm(e, dim=-1, keepdim=True).clip(1e-6)


class ReIDMatcher(nn.Cell):
    def __init__(self, in_dim=16, emb_dim=8, count_identities=True):
        super().__init__()
        self.head = EmbeddingHead(in_dim, emb_dim)
        self.count_identities = count_identities

    def construct(self, det_feats, gallery, gallery_ids):
        q = self.head(det_feats)
        sim = ops.matmul(q, gallery.T)
        best = ops.argmax(sim, dim=1)
        det_ids = ops.gather(gallery_ids, best, 0)
        if self.count_identities:
            uniq, _ = ops.unique(det_ids)
            return det_ids, uniq
        return det_ids, det_ids


def make():
    np.random.seed(10)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    g = np.random.randn(4, 8).astype(np.float32)
    g /= np.linalg.norm(g, axis=1, keepdims=True)
    ids = Tensor(np.array([11, 12, 13, 14], dtype=np.int32))
    return ReIDMatcher(), (feats, Tensor(g), ids)
