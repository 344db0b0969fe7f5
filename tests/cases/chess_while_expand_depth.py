# case: search tree expansion deepens the principal variation while the current depth is below a depth budget held in a tensor, collecting each ply's child scores in a list -> data-dependent loop count growing a list, expected to fail or go dynamic
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
    def __init__(self):
        super().__init__()
        self.child_eval = ChildEvaluator()

    def construct(self, root_state, depth_budget):
        state = root_state
        depth = 0
        pv_scores = []
        while depth < depth_budget:
            scores, state = self.child_eval(state)
            pv_scores.append(scores.max(axis=-1))
            depth = depth + 1
        return ops.stack(pv_scores)


def make():
    np.random.seed(11)
    root = Tensor(np.random.randn(1, 32).astype(np.float32))
    return PVExpander(), (root, Tensor(4, ms.int32))
