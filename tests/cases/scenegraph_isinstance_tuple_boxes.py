# case: detector output accepted either as a (boxes, scores) tuple or a single tensor with the score in the last column, dispatched by isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairScoreFromDetections(nn.Cell):
    def __init__(self, min_score=0.2):
        super().__init__()
        self.min_score = min_score

    def unpack(self, detections):
        if isinstance(detections, (tuple, list)):
            return detections[0], detections[1]
        return detections[:, :4], detections[:, 4]

    def construct(self, detections):
        boxes, scores = self.unpack(detections)
        scores = scores * (scores > self.min_score).astype(ms.float32)
        centers = (boxes[:, :2] + boxes[:, 2:]) / 2.0
        dist = ops.sqrt(((centers[:, None, :] - centers[None, :, :]) ** 2).sum(-1) + 1e-6)
        proximity = ops.exp(-dist / 50.0)
        return scores[:, None] * scores[None, :] * proximity


def make():
    np.random.seed(40)
    xy = np.random.rand(6, 2).astype(np.float32) * 60
    boxes = Tensor(np.concatenate([xy, xy + 20], axis=1))
    scores = Tensor(np.random.rand(6).astype(np.float32))
    return PairScoreFromDetections(), ((boxes, scores),)
