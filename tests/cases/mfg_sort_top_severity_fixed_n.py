# case: sort defect severities per part in descending order and keep the top `n_report` with a constant slice bound from the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeverityReporter(nn.Cell):
    def __init__(self, n_feat=3, n_report=3):
        super().__init__()
        self.sev = nn.Dense(n_feat, 1)
        self.n_report = n_report

    def construct(self, defect_feats):
        # defect_feats: (parts, max_defects, n_feat), padded slots are zeros
        sev = ops.relu(self.sev(defect_feats)).squeeze(-1)
        sorted_sev, order = ops.sort(sev, axis=-1, descending=True)
        top = sorted_sev[:, :self.n_report]
        top_idx = order[:, :self.n_report]
        return top, top_idx, top.sum(axis=-1)


def make():
    np.random.seed(38)
    f = Tensor(np.random.randn(4, 7, 3).astype(np.float32))
    return SeverityReporter(), (f,)
