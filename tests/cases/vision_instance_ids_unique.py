# case: panoptic head counts the instances present in an id map with ops.unique and builds one binary mask per id -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InstanceMaskSplitter(nn.Cell):
    def __init__(self, background_id=0):
        super().__init__()
        self.background_id = background_id

    def construct(self, instance_map):
        # instance_map: (H, W) int32 ids
        ids, _ = ops.unique(instance_map.reshape(-1))
        ids = ids.reshape(-1, 1, 1)
        masks = (instance_map.expand_dims(0) == ids).astype(ms.float32)
        areas = masks.sum(axis=(1, 2))
        return masks, areas


def make():
    np.random.seed(4)
    inst = np.zeros((16, 16), dtype=np.int32)
    inst[2:6, 2:6] = 3
    inst[8:14, 9:15] = 7
    return InstanceMaskSplitter(), (Tensor(inst),)
