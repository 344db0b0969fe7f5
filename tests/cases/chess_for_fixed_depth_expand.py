# case: search tree expansion unrolls a fixed number of plies (python int from config) and stacks the best child score of each ply -> constant trip count, static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChildEvaluator(nn.Cell):
    def __init__(self, state_dim=32, branching=6):
        super().__init__()
        self.fc = nn.Dense(state_dim, branching)
        self.transition = nn.Dense(state_dim, state_dim)

    def construct(self, state):
        return self.fc(state), ops.tanh(self.transition(state))


class PVExpander(nn.Cell):
    def __init__(self, depth=4):
        super().__init__()
        self.child_eval = ChildEvaluator()
        self.depth = depth

    def construct(self, root_state):
        state = root_state
        pv_scores = []
        for _ in range(self.depth):
            scores, state = self.child_eval(state)
            pv_scores.append(scores.max(axis=-1))
        return ops.stack(pv_scores)


def make():
    np.random.seed(12)
    root = Tensor(np.random.randn(1, 32).astype(np.float32))
    return PVExpander(depth=4), (root,)
