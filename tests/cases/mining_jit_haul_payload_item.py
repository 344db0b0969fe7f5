# case: ms.jit function averaging the last n truck payloads, where n is read from a tensor with .item() and used to slice -> .item() slice length in jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

RATED_PAYLOAD_T = 227.0


@ms.jit
def recent_payload_ratio(payload_t, n_recent):
    n = n_recent.item()
    recent = payload_t[-n:]
    ratio = recent.mean() / RATED_PAYLOAD_T
    overloaded = (recent > 1.1 * RATED_PAYLOAD_T).astype(ms.float32).sum()
    return ratio, overloaded


def make():
    np.random.seed(171)
    payload = np.random.normal(225.0, 15.0, size=(50,)).astype(np.float32)
    return recent_payload_ratio, (Tensor(payload), Tensor(np.array(10, dtype=np.int32)))
