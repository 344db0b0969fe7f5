# case: builds plain Python Segment objects in construct, mutates their score, and returns the list of them -> error, custom Python class in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Segment:
    def __init__(self, start, end, score):
        self.start = start
        self.end = end
        self.score = score

    def rescale(self, factor):
        self.score = self.score * factor


class SegmentDecoder(nn.Cell):
    def __init__(self, num_segments=4, fps_scale=0.5):
        super().__init__()
        self.num_segments = num_segments
        self.fps_scale = fps_scale

    def construct(self, bounds, scores):
        segs = []
        for i in range(self.num_segments):
            seg = Segment(bounds[i, 0], bounds[i, 1], scores[i])
            seg.rescale(self.fps_scale)
            segs.append(seg)
        return segs[0].score + segs[-1].score


def make():
    np.random.seed(20)
    s = np.random.rand(4).astype(np.float32) * 10
    bounds = Tensor(np.stack([s, s + 2], axis=1))
    scores = Tensor(np.random.rand(4).astype(np.float32))
    return SegmentDecoder(), (bounds, scores)
