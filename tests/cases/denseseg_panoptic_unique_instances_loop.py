# case: panoptic post-processing loops over instance ids from ops.unique and assigns each instance its majority semantic class -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PanopticMerge(nn.Cell):
    def __init__(self, num_classes=5, label_divisor=1000, thing_ids=(3, 4)):
        super().__init__()
        self.num_classes = num_classes
        self.label_divisor = label_divisor
        self.thing_ids = thing_ids

    def majority_class(self, sem, inst_mask):
        votes = ops.one_hot(sem.reshape(-1), self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        votes = (votes * inst_mask.reshape(-1, 1).astype(ms.float32)).sum(0)
        return ops.argmax(votes)

    def construct(self, sem_logits, inst_map):
        sem = ops.argmax(sem_logits, dim=0).astype(ms.int32)
        pan = sem * self.label_divisor
        inst_ids, _ = ops.unique(inst_map.reshape(-1))
        for inst_id in inst_ids:
            if inst_id == 0:
                continue
            mask = inst_map == inst_id
            cls = self.majority_class(sem, mask).astype(ms.int32)
            pan = ops.where(mask, cls * self.label_divisor + inst_id, pan)
        return pan


def make():
    np.random.seed(18)
    sem = Tensor(np.random.randn(5, 8, 8).astype(np.float32))
    inst = np.zeros((8, 8), np.int32)
    inst[1:4, 1:4] = 1
    inst[5:7, 2:8] = 2
    return PanopticMerge(), (sem, Tensor(inst))
