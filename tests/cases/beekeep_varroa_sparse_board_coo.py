# case: builds a COOTensor of mite hits from sticky-board detections and converts it back to dense in construct -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseMiteMap(nn.Cell):
    """Sticky boards are mostly empty; store mite hits sparsely and reweight by board region."""

    def __init__(self, board_hw=(10, 10), edge_weight=0.5):
        super().__init__()
        self.board_hw = board_hw
        self.edge_weight = edge_weight

    def construct(self, hit_idx, hit_conf):
        coo = COOTensor(hit_idx, hit_conf, self.board_hw)
        dense = coo.to_dense()
        edges = dense[0].sum() + dense[-1].sum()
        return dense.sum() - (1.0 - self.edge_weight) * edges


def make():
    np.random.seed(33)
    idx = np.stack([np.random.randint(0, 10, 6), np.random.randint(0, 10, 6)], axis=1).astype(np.int32)
    idx = np.unique(idx, axis=0)
    conf = np.random.rand(idx.shape[0]).astype(np.float32)
    return SparseMiteMap(), (Tensor(idx), Tensor(conf))
