# case: @ms.jit function reshapes pooled trial enrolment by a site count passed as a plain Python int -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def per_site_response_rate(responses, n_sites):
    by_site = responses.reshape((n_sites, -1))
    rate = by_site.mean(axis=1)
    overall = responses.mean()
    return rate, rate - overall


def make():
    np.random.seed(33)
    resp = np.random.binomial(1, 0.4, size=24).astype(np.float32)
    return per_site_response_rate, (Tensor(resp), 4)
