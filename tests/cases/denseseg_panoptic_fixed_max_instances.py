# case: panoptic merge with a fixed max number of instances: one-hot instance x one-hot semantic votes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedSlotPanopticMerge(nn.Cell):
    def __init__(self, num_classes=5, max_instances=8, label_divisor=1000, stuff_area=2):
        super().__init__()
        self.num_classes = num_classes
        self.max_instances = max_instances
        self.label_divisor = label_divisor
        self.stuff_area = stuff_area
        self.on, self.off = Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)

    def construct(self, sem_logits, inst_map):
        sem = ops.argmax(sem_logits, dim=0).astype(ms.int32)
        flat_inst = ops.clamp(inst_map.reshape(-1), 0, self.max_instances - 1)
        inst_oh = ops.one_hot(flat_inst, self.max_instances, self.on, self.off)
        sem_oh = ops.one_hot(sem.reshape(-1), self.num_classes, self.on, self.off)
        votes = ops.matmul(inst_oh.T, sem_oh)
        inst_cls = ops.argmax(votes, dim=1).astype(ms.int32)
        inst_area = inst_oh.sum(0)
        inst_cls = ops.where(inst_area >= self.stuff_area, inst_cls, ops.zeros_like(inst_cls))
        pix_cls = ops.gather(inst_cls, flat_inst, 0).reshape(sem.shape)
        is_thing = inst_map > 0
        pan = ops.where(is_thing, pix_cls * self.label_divisor + inst_map, sem * self.label_divisor)
        return pan


def make():
    np.random.seed(19)
    sem = Tensor(np.random.randn(5, 8, 8).astype(np.float32))
    inst = np.zeros((8, 8), np.int32)
    inst[0:3, 0:3] = 1
    inst[4:8, 4:6] = 2
    inst[6, 0] = 3
    return FixedSlotPanopticMerge(), (sem, Tensor(inst))
