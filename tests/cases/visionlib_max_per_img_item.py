# case: test-time post-processing keeps the first num_dets sorted detections where num_dets = min(max_per_img, count of scores above thr) is taken with .item() -> slicing length from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TestCfg:
    def __init__(self, score_thr=0.3, max_per_img=10):
        self.score_thr = score_thr
        self.max_per_img = max_per_img


def sort_dets(boxes, scores):
    order = ops.argsort(scores, descending=True)
    return ops.gather(boxes, order, 0), ops.gather(scores, order, 0)


class DetPostProcessor(nn.Cell):
    def __init__(self, test_cfg=None):
        super().__init__()
        self.test_cfg = test_cfg or TestCfg()

    def _num_keep(self, scores):
        n_valid = (scores > self.test_cfg.score_thr).sum().item()
        return min(self.test_cfg.max_per_img, n_valid)

    def construct(self, boxes, scores):
        boxes, scores = sort_dets(boxes, scores)
        num_dets = self._num_keep(scores)
        return boxes[:num_dets], scores[:num_dets]


def make():
    np.random.seed(3366)
    boxes = Tensor((np.random.rand(30, 4) * 100).astype(np.float32))
    scores = Tensor(np.random.rand(30).astype(np.float32))
    return DetPostProcessor(), (boxes, scores)
