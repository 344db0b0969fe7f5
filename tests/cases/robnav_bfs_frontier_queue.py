# case: breadth-first expansion from the robot cell over free cells with a Python queue list popped while tensor-indexed cells are free -> data-dependent while loop over a Python list, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReachableArea(nn.Cell):
    def __init__(self, max_expansions=40):
        super().__init__()
        self.max_expansions = max_expansions

    def construct(self, free, start_r, start_c):
        h, w = free.shape
        visited = ops.zeros((h, w), ms.float32)
        queue = [(start_r, start_c)]
        count = 0
        while len(queue) > 0 and count < self.max_expansions:
            r, c = queue.pop(0)
            if free[r, c] > 0 and visited[r, c] == 0:
                visited[r, c] = 1.0
                count += 1
                if r + 1 < h:
                    queue.append((r + 1, c))
                if c + 1 < w:
                    queue.append((r, c + 1))
        return visited, count


def make():
    np.random.seed(30)
    free = (np.random.rand(6, 6) > 0.25).astype(np.float32)
    free[0, 0] = 1.0
    return ReachableArea(), (Tensor(free), 0, 0)
