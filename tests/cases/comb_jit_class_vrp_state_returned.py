# case: CVRP decoding step that mutates a @ms.jit_class vehicle state (load, position, visited) and returns the state object from construct -> compile error at line 44
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class VehicleState:
    def __init__(self, load, pos, visited):
        self.load = load
        self.pos = pos
        self.visited = visited

    def update(self, node, demand, capacity):
        at_depot = node == 0
        self.load = ops.where(at_depot, ops.zeros_like(self.load), self.load + demand)
        self.visited = ops.logical_or(self.visited, ops.one_hot(node, self.visited.shape[-1]) > 0)
        self.pos = node
        return self


class CVRPDecodeStep(nn.Cell):
    def __init__(self, embed_dim=16, capacity=1.0):
        super().__init__()
        self.capacity = capacity
        self.node_proj = nn.Dense(3, embed_dim)
        self.q_proj = nn.Dense(embed_dim + 1, embed_dim)

    def feasible(self, state, demands):
        over = state.load.expand_dims(-1) + demands > self.capacity
        mask = ops.logical_or(state.visited, over)
        mask[:, 0] = False
        return mask

    def construct(self, coords, demands, load, pos, visited):
        state = VehicleState(load, pos, visited)
        h = self.node_proj(ops.concat([coords, demands.expand_dims(-1)], -1))
        cur = ops.gather_elements(h, 1, state.pos.view(-1, 1, 1).broadcast_to((h.shape[0], 1, h.shape[2])))
        q = self.q_proj(ops.concat([cur.squeeze(1), (self.capacity - state.load).expand_dims(-1)], -1))
        logits = ops.bmm(h, q.expand_dims(-1)).squeeze(-1)
        logits = ops.masked_fill(logits, self.feasible(state, demands), -1e9)
        node = ops.argmax(logits, -1).astype(ms.int32)
        dem = ops.gather_elements(demands, 1, node.view(-1, 1)).squeeze(-1)
        return state.update(node, dem, self.capacity)


def make():
    np.random.seed(11)
    coords = Tensor(np.random.rand(2, 6, 2).astype(np.float32))
    d = np.random.uniform(0.1, 0.3, (2, 6)).astype(np.float32)
    d[:, 0] = 0
    visited = np.zeros((2, 6), bool)
    visited[:, 0] = True
    return CVRPDecodeStep(), (coords, Tensor(d), Tensor(np.array([0.2, 0.8], np.float32)),
                              Tensor(np.array([0, 3], np.int32)), Tensor(visited))
