# case: an @ms.jit function picks the swarm members within communication range with masked_select and averages their headings -> dynamic-shape masked_select inside a jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

COMM_RANGE = 15.0


@ms.jit
def neighbour_heading(leader_pos, member_pos, member_heading):
    d = ops.norm(member_pos - leader_pos, dim=1)
    in_range = d < COMM_RANGE
    headings = ops.masked_select(member_heading, in_range)
    s = ops.sin(headings).mean()
    c = ops.cos(headings).mean()
    return ops.atan2(s, c), headings.shape[0]


def make():
    np.random.seed(30)
    leader = np.zeros(3, dtype=np.float32)
    members = np.random.uniform(-20, 20, size=(9, 3)).astype(np.float32)
    heading = np.random.uniform(-np.pi, np.pi, size=(9,)).astype(np.float32)
    return neighbour_heading, (Tensor(leader), Tensor(members), Tensor(heading))
