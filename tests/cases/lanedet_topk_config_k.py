# case: keep the top-k lane proposals by score where k comes from a config object fixed at construction -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneDecodeConfig:
    def __init__(self, max_lanes=3, nms_thresh=0.5, num_points=12):
        self.max_lanes = max_lanes
        self.nms_thresh = nms_thresh
        self.num_points = num_points


class ProposalSelector(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else LaneDecodeConfig()
        self.k = cfg.max_lanes
        self.num_points = cfg.num_points

    def construct(self, scores, proposals):
        # proposals: (P, 2 + num_points) as [start_y, length, xs...]
        top_scores, idx = ops.topk(scores, self.k)
        top_props = ops.gather(proposals, idx, 0)
        xs = top_props[:, 2:2 + self.num_points]
        valid = (top_scores > 0.3).astype(ms.float32).view(-1, 1)
        return xs * valid, top_scores


def make():
    np.random.seed(31)
    scores = Tensor(np.random.rand(10).astype(np.float32))
    props = Tensor(np.random.rand(10, 14).astype(np.float32))
    return ProposalSelector(), (scores, props)
