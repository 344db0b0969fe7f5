# case: position-bias feature gathers the positions of clicked slots via nonzero and averages the examination prior over them -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ExaminationPrior(nn.Cell):
    def __init__(self, max_positions=8, decay=0.8):
        super().__init__()
        prior = decay ** np.arange(max_positions, dtype=np.float32)
        self.prior = Parameter(Tensor(prior), name="exam_prior")

    def construct(self, clicks):
        clicked = ops.nonzero(clicks)
        pos = clicked[:, 1]
        prior = ops.gather(self.prior, pos, 0)
        return prior.mean(), pos


class ClickModelFeature(nn.Cell):
    def __init__(self, feat_dim=4):
        super().__init__()
        self.prior = ExaminationPrior()
        self.ctr = nn.Dense(feat_dim + 1, 1)

    def construct(self, feats, clicks):
        bias, _ = self.prior(clicks)
        bias_feat = ops.full((feats.shape[0], feats.shape[1], 1), 1.0, dtype=ms.float32) * bias
        x = ops.concat((feats, bias_feat), axis=-1)
        return self.ctr(x).squeeze(-1)


def make():
    np.random.seed(19)
    feats = Tensor(np.random.randn(2, 8, 4).astype(np.float32))
    clicks = Tensor(np.array([[1, 0, 0, 1, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0, 0, 0]], np.int32))
    return ClickModelFeature(), (feats, clicks)
