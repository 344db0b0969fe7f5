# case: enumerate all ordered subject-object pairs with nested for loops over range(num_objs) where num_objs is a tensor -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExhaustivePairs(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, boxes, num_objs):
        pairs = []
        for i in range(num_objs):
            for j in range(num_objs):
                if i != j:
                    pairs.append(ops.stack([Tensor(i, ms.int32), Tensor(j, ms.int32)]))
        pair_idx = ops.stack(pairs)
        subj_boxes = ops.gather(boxes, pair_idx[:, 0], 0)
        obj_boxes = ops.gather(boxes, pair_idx[:, 1], 0)
        return ops.cat((subj_boxes, obj_boxes), axis=1)


def make():
    np.random.seed(17)
    boxes = Tensor(np.random.rand(5, 4).astype(np.float32) * 64)
    return ExhaustivePairs(), (boxes, Tensor(4, ms.int32))
