# case: ms.jit function averaging the last ten truck payloads with a module-level constant window -> constant slice, should compile statically
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

RATED_PAYLOAD_T = 227.0
RECENT_LOADS = 10


def overload_count(payload_t, limit_ratio=1.1):
    return (payload_t > limit_ratio * RATED_PAYLOAD_T).astype(ms.float32).sum()


@ms.jit
def recent_payload_ratio(payload_t):
    recent = payload_t[-RECENT_LOADS:]
    ratio = recent.mean() / RATED_PAYLOAD_T
    return ratio, overload_count(recent), overload_count(payload_t)


def make():
    np.random.seed(172)
    payload = np.random.normal(225.0, 15.0, size=(50,)).astype(np.float32)
    return recent_payload_ratio, (Tensor(payload),)
