# case: crown margin detector keeps a fixed number of top-curvature vertices set in the config -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MARGIN_CFG = {"n_keep": 32, "hidden": 16}


class CurvatureHead(nn.Cell):
    def __init__(self, in_feats=6, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(in_feats, hidden)
        self.fc2 = nn.Dense(hidden, 1)
        self.act = nn.ReLU()

    def construct(self, feats):
        return self.fc2(self.act(self.fc1(feats))).squeeze(-1)


class MarginVertexPicker(nn.Cell):
    def __init__(self, cfg=MARGIN_CFG):
        super().__init__()
        self.head = CurvatureHead(hidden=cfg["hidden"])
        self.n_keep = cfg["n_keep"]

    def construct(self, vertex_feats):
        score = ops.sigmoid(self.head(vertex_feats))
        top_scores, top_idx = ops.topk(score, self.n_keep)
        margin_xyz = ops.gather(vertex_feats[:, :3], top_idx, 0)
        return top_scores, margin_xyz


def make():
    np.random.seed(302)
    feats = Tensor(np.random.randn(256, 6).astype(np.float32))
    return MarginVertexPicker(), (feats,)
