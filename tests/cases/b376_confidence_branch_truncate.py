# case: embedding exporter keeps the compact 64-d prefix when the max gallery similarity is confident and the full 128-d embedding otherwise -> tensor-valued if whose branches give different shapes, rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExportConfig:
    full_dim = 128
    compact_dim = 64
    confident_thresh = 0.6


class EmbeddingNeck(nn.Dense):
    def construct(self, x):
        return ops.L2Normalize(axis=1)(super().construct(x))


class AdaptiveExporter(nn.Cell):
    def __init__(self, config, in_features=96):
        super().__init__()
        self.compact_dim = config.compact_dim
        self.thresh = config.confident_thresh
        self.neck = EmbeddingNeck(in_features, config.full_dim)

    def construct(self, feats, gallery):
        emb = self.neck(feats)
        best = ops.matmul(emb, gallery.T).max()
        if best > self.thresh:
            emb = emb[:, :self.compact_dim]
        return emb


def make():
    np.random.seed(37615)
    feats = Tensor(np.random.randn(3, 96).astype(np.float32))
    net = AdaptiveExporter(ExportConfig())
    g = net.neck(feats).asnumpy()
    gallery = Tensor(np.concatenate([g[:1], np.random.randn(4, 128).astype(np.float32) * 0.05]))
    return net, (feats, gallery)
