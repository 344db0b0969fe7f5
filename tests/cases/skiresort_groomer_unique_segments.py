# case: count how many distinct piste segments the grooming fleet touched tonight with ops.unique -> unique output length depends on data, expected dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroomingCoverage(nn.Cell):
    def __init__(self, n_segments=40):
        super().__init__()
        self.n_segments = n_segments
        self.seg_len_m = ms.Parameter(Tensor(np.full((n_segments,), 350.0, np.float32)),
                                      requires_grad=False)

    def construct(self, visited_segments):
        # visited_segments: (groomers, passes) segment ids
        flat = visited_segments.reshape(-1)
        seg_ids, _ = ops.unique(flat)
        covered_m = ops.gather(self.seg_len_m, seg_ids, 0).sum()
        total_m = self.seg_len_m.sum()
        return covered_m / total_m, seg_ids.shape[0]


def make():
    np.random.seed(41)
    visits = Tensor(np.random.randint(0, 40, (5, 12)).astype(np.int32))
    return GroomingCoverage(), (visits,)
