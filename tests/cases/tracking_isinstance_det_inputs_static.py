# case: association accepts detections either as a single box tensor or a (boxes, scores) tuple, dispatching with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenterDistanceAssoc(nn.Cell):
    def __init__(self, max_dist=0.5, default_score=1.0):
        super().__init__()
        self.max_dist = max_dist
        self.default_score = default_score

    def unpack(self, dets):
        if isinstance(dets, (tuple, list)):
            return dets[0], dets[1]
        return dets, ops.ones((dets.shape[0],), dets.dtype) * self.default_score

    @staticmethod
    def centers(b):
        return (b[:, :2] + b[:, 2:]) * 0.5

    def construct(self, tracks, dets):
        boxes, scores = self.unpack(dets)
        d = ops.cdist(self.centers(tracks), self.centers(boxes))
        cost = d / scores[None, :]
        best = ops.argmin(cost, 1)
        ok = ops.gather_elements(d, 1, best[:, None])[:, 0] < self.max_dist
        return best, ok


def make():
    np.random.seed(36)
    tracks = Tensor(np.random.rand(3, 4).astype(np.float32))
    boxes = Tensor(np.random.rand(5, 4).astype(np.float32))
    scores = Tensor(np.random.rand(5).astype(np.float32) + 0.5)
    return CenterDistanceAssoc(), (tracks, (boxes, scores))
