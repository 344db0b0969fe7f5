# case: page head returns per-cell logits when the table-presence score tensor is above 0.5, otherwise a single placeholder row -> error (if on tensor, branches give different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CellClassifier(nn.Cell):
    def __init__(self, dim=8, num_types=3):
        super().__init__()
        self.fc = nn.Dense(dim, num_types)

    def construct(self, x):
        return self.fc(x)


class PageTableHead(nn.Cell):
    def __init__(self, dim=8, num_types=3):
        super().__init__()
        self.cell_cls = CellClassifier(dim, num_types)
        self.presence = nn.Dense(dim, 1)
        self.num_types = num_types

    def construct(self, page_feat, cell_feats):
        table_score = ops.sigmoid(self.presence(page_feat)).squeeze()
        if table_score > 0.5:
            out = self.cell_cls(cell_feats)
        else:
            out = ops.zeros((1, self.num_types), ms.float32)
        return out


def make():
    np.random.seed(9)
    page = Tensor(np.random.randn(1, 8).astype(np.float32))
    cells = Tensor(np.random.randn(6, 8).astype(np.float32))
    return PageTableHead(), (page, cells)
