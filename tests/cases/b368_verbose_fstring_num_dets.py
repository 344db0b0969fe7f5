# case: NMS-free post-process logs the number of kept detections with an f-string print of a tensor-derived int when verbose (default on) -> print of int(tensor) via f-string in construct; expect Graph mode to refuse or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoggingConfig:
    verbose = True
    score_thr = 0.75
    max_dets = 16


class TopKPostProcess(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.verbose = getattr(config, "verbose", False)
        self.score_thr = config.score_thr
        self.max_dets = config.max_dets

    def _log(self, scores):
        if self.verbose:
            num_kept = int((scores > self.score_thr).sum())
            print(f"[TopKPostProcess] kept {num_kept} / {self.max_dets} detections")

    def construct(self, heatmap, boxes):
        scores = ops.sigmoid(heatmap).reshape(-1)
        top_scores, idx = ops.topk(scores, self.max_dets)
        self._log(top_scores)
        return ops.gather(boxes, idx, 0), top_scores


def make():
    np.random.seed(3701)
    heatmap = Tensor(np.random.randn(1, 1, 10, 10).astype(np.float32))
    boxes = Tensor(np.random.randn(100, 7).astype(np.float32))
    return TopKPostProcess(LoggingConfig()), (heatmap, boxes)
