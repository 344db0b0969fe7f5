# case: class-aware box offset cell whose unique-based class counting sits behind a class_agnostic flag that the config sets True -> static graph (branch never taken)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NMSCfg:
    class_agnostic = True
    max_coordinate = 1000.0


class BatchedBoxOffset(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else NMSCfg()
        self.class_agnostic = self.cfg.class_agnostic
        self.max_coordinate = self.cfg.max_coordinate

    def _present_classes(self, labels):
        cls_ids, _ = ops.unique(labels)
        return cls_ids

    def construct(self, boxes, scores, labels):
        if not self.class_agnostic:
            present = self._present_classes(labels)
            offsets = labels.astype(boxes.dtype) * (self.max_coordinate + 1)
            return boxes + offsets[:, None], scores, present
        return boxes, scores, labels


def make():
    np.random.seed(3351)
    boxes = Tensor((np.random.rand(40, 4) * 200).astype(np.float32))
    scores = Tensor(np.random.rand(40).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=(40,)).astype(np.int32))
    return BatchedBoxOffset(), (boxes, scores, labels)
