# case: class-aware post-processing offsets boxes per class, using ops.unique to find the classes present in the batch of detections -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NMSCfg:
    class_agnostic = False
    max_coordinate = 1000.0


class BatchedBoxOffset(nn.Cell):
    """Moves boxes of different classes apart so a single NMS call is class-aware."""

    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else NMSCfg()
        self.class_agnostic = self.cfg.class_agnostic
        self.max_coordinate = self.cfg.max_coordinate

    def _present_classes(self, labels):
        cls_ids, _ = ops.unique(labels)
        return cls_ids

    def construct(self, boxes, scores, labels):
        if self.class_agnostic:
            return boxes, scores
        present = self._present_classes(labels)
        offsets = labels.astype(boxes.dtype) * (self.max_coordinate + 1)
        shifted = boxes + offsets[:, None]
        return shifted, scores, present.shape[0]


def make():
    np.random.seed(3350)
    boxes = Tensor((np.random.rand(40, 4) * 200).astype(np.float32))
    scores = Tensor(np.random.rand(40).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=(40,)).astype(np.int32))
    return BatchedBoxOffset(), (boxes, scores, labels)
