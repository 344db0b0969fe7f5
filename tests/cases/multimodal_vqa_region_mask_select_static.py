# case: VQA masks low-confidence regions with ops.select and masked mean over fixed region count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedRegionPool(nn.Cell):
    def __init__(self, conf_thresh=0.3):
        super().__init__()
        self.conf_thresh = conf_thresh

    def construct(self, feats, conf):
        keep = conf > self.conf_thresh                       # (B, R)
        keep_f = keep.astype(feats.dtype).expand_dims(-1)    # (B, R, 1)
        masked = ops.select(keep.expand_dims(-1).broadcast_to(feats.shape), feats, ops.zeros_like(feats))
        denom = ops.maximum(keep_f.sum(axis=1), 1.0)
        return masked.sum(axis=1) / denom


class VQAModel(nn.Cell):
    def __init__(self, feat_dim=20, q_dim=12, hidden=16, num_answers=10, conf_thresh=0.3, dropout=0.1):
        super().__init__()
        self.region_fc = nn.Dense(feat_dim, hidden, activation="relu")
        self.q_fc = nn.Dense(q_dim, hidden, activation="relu")
        self.pool = MaskedRegionPool(conf_thresh)
        self.drop = nn.Dropout(p=dropout)
        self.classifier = nn.SequentialCell([nn.Dense(hidden, hidden), nn.GELU(), nn.Dense(hidden, num_answers)])

    def construct(self, regions, conf, question):
        v = self.pool(self.region_fc(regions), conf)
        q = self.q_fc(question)
        return self.classifier(self.drop(v * q))


def make():
    np.random.seed(3)
    net = VQAModel()
    net.set_train(False)
    regions = Tensor(np.random.randn(2, 9, 20).astype(np.float32))
    conf = Tensor(np.random.rand(2, 9).astype(np.float32))
    q = Tensor(np.random.randn(2, 12).astype(np.float32))
    return net, (regions, conf, q)
