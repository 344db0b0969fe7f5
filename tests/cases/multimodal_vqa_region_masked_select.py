# case: VQA pools only confident detector regions via masked_select before averaging -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionEncoder(nn.Cell):
    def __init__(self, feat_dim=20, hidden=12):
        super().__init__()
        self.fc = nn.Dense(feat_dim, hidden)
        self.act = nn.ReLU()

    def construct(self, regions):
        return self.act(self.fc(regions))


class VQAHead(nn.Cell):
    def __init__(self, feat_dim=20, q_dim=12, hidden=12, num_answers=10, conf_thresh=0.3):
        super().__init__()
        self.region_enc = RegionEncoder(feat_dim, hidden)
        self.q_proj = nn.Dense(q_dim, hidden)
        self.classifier = nn.Dense(hidden, num_answers)
        self.conf_thresh = conf_thresh

    def pool_confident(self, feats, conf):
        keep = (conf > self.conf_thresh).expand_dims(-1).broadcast_to(feats.shape)
        selected = ops.masked_select(feats, keep).reshape(-1, feats.shape[-1])
        return selected.mean(axis=0, keep_dims=True)

    def construct(self, regions, region_conf, question):
        feats = self.region_enc(regions)          # (R, H) for one image
        pooled = self.pool_confident(feats, region_conf)
        q = self.q_proj(question)                 # (1, H)
        return self.classifier(pooled * q)


def make():
    np.random.seed(2)
    net = VQAHead()
    regions = Tensor(np.random.randn(9, 20).astype(np.float32))
    conf = Tensor(np.random.rand(9).astype(np.float32))
    q = Tensor(np.random.randn(1, 12).astype(np.float32))
    return net, (regions, conf, q)
