# case: converts chroma argmax results to a Python list with tolist() to pick root offsets for each bar -> tolist host round trip inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RootNormalizer(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, chroma_bars):
        roots = ops.argmax(chroma_bars, dim=-1).tolist()
        normalized = []
        for i, r in enumerate(roots):
            order = Tensor([(r + j) % 12 for j in range(12)], ms.int32)
            normalized.append(ops.gather(chroma_bars[i], order, 0))
        return ops.stack(normalized)


def make():
    np.random.seed(18)
    chroma = np.random.rand(4, 12).astype(np.float32)
    return RootNormalizer(), (Tensor(chroma),)
